package events

// DueArticles is dueArticles, for the test of its plan.
var DueArticles = dueArticles
