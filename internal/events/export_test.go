package events

// DueArticlesIn is dueArticlesIn, for the test of its plan.
var DueArticlesIn = dueArticlesIn
