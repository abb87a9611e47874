#!/bin/sh
# refresh.sh fetches the GraphiQL bundle that newsgraph embeds, from the npm
# registry with npm, and rewrites PACKAGES.md. Run it from anywhere; commit
# the result. Change a version here, run it, check the playground, commit.
set -eu

GRAPHIQL=3.8.3 # the last GraphiQL with a UMD build (4+ is ESM with Monaco workers)
REACT=18.3.1   # React 19 ships no UMD build; GraphiQL 3 supports React 18

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

for p in "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT"; do
	npm pack --silent "$p" >/dev/null
done
for t in *.tgz; do
	mkdir "${t%.tgz}"
	tar xzf "$t" -C "${t%.tgz}" --strip-components=1
done

a="$here/assets"
rm -rf "$a"
mkdir -p "$a"
cp "graphiql-$GRAPHIQL/graphiql.min.js" "graphiql-$GRAPHIQL/graphiql.min.css" "$a/"
cp "react-$REACT/umd/react.production.min.js" "$a/"
cp "react-dom-$REACT/umd/react-dom.production.min.js" "$a/"
# The source maps are not embedded: drop the comments that point at them.
sed -i '/sourceMappingURL=/d' "$a/graphiql.min.js" "$a/graphiql.min.css"
for p in "graphiql-$GRAPHIQL" "react-$REACT" "react-dom-$REACT"; do
	cp "$p/LICENSE" "$a/LICENSE.${p%-*}"
done

{
	echo "# Embedded GraphiQL bundle"
	echo
	echo "Written by refresh.sh from the npm registry; do not edit by hand."
	echo
	echo "| package | version | licence | files embedded |"
	echo "|---|---|---|---|"
	for p in "graphiql-$GRAPHIQL" "react-$REACT" "react-dom-$REACT"; do
		name=${p%-*}
		version=${p##*-}
		licence=$(node -p "require('./$p/package.json').license")
		case $name in
		graphiql) files="graphiql.min.js, graphiql.min.css" ;;
		react) files="react.production.min.js" ;;
		react-dom) files="react-dom.production.min.js" ;;
		esac
		echo "| $name | $version | $licence (assets/LICENSE.$name) | $files |"
	done
	echo
	echo "graphiql.min.js bundles GraphiQL's own dependencies (graphql, codemirror,"
	echo "markdown-it and others, all MIT or BSD); their notices are kept in the bundle."
	echo "The stylesheet's fonts and images are data: URIs, so nothing is fetched"
	echo "from another host."
} >"$here/PACKAGES.md"
echo "refreshed $a"
