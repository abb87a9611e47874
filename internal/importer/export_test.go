package importer

// Provenance exposes provenance to the corpus test (package importer_test),
// which measures how well the confidences separate right from wrong finds.
func Provenance(s *Story, kind string, span Span) (string, float64) {
	return provenance(s, kind, span)
}
