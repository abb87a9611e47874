-- AWARDS by hand: 50 awards of a year (in id order, as the API pages them)
-- with the issuer's name and the recipients, people then organizations, as
-- one JSON document. Run with -D first_year=2021 -D last_year=2025.
\set year random(:first_year, :last_year)
SELECT json_agg(json_build_object(
         'id', w.id, 'name', w.name, 'kind', w.kind, 'year', w.year,
         'issuer', json_build_object('name', o.name),
         'recipients', (SELECT coalesce(json_agg(r.v), '[]') FROM (
                          SELECT json_build_object('__typename', 'Person', 'fullName', p.full_name) AS v
                            FROM award_recipient_people x JOIN persons p ON p.id = x.person_id
                           WHERE x.award_id = w.id
                          UNION ALL
                          SELECT json_build_object('__typename', 'Organization', 'name', ro.name)
                            FROM award_recipient_organizations y JOIN organizations ro ON ro.id = y.organization_id
                           WHERE y.award_id = w.id) r))
         ORDER BY w.id)
  FROM (SELECT * FROM awards WHERE year = :year ORDER BY id LIMIT 50) w
  LEFT JOIN organizations o ON o.id = w.award_issuer;
