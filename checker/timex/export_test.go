package timex

// TableSources exposes the table's inputs to the external test that runs them through the
// classified path.
func TableSources() (srcs []string, published []Day) {
	for _, tc := range tableCases {
		d, _ := ParseDay(tc.published)
		srcs, published = append(srcs, tc.src), append(published, d)
	}
	return srcs, published
}
