# Reads Sitrep's GDELT event table the way R users read GDELT's files; prints what it read, one fact a line.
# usage: Rscript read_gdelt.R EVENTS.tsv GLOBALEVENTID
suppressPackageStartupMessages(library(readr))
args <- commandArgs(trailingOnly = TRUE)
events <- read_tsv(args[1], col_names = FALSE, show_col_types = FALSE, progress = FALSE)
cat("columns", ncol(events), "\n")
cat("rows", nrow(events), "\n")
cat("problems", nrow(problems(events)), "\n")
row <- events[format(events$X1, scientific = FALSE) == args[2], ]
cat("matches", nrow(row), "\n")
cat("EventCode", format(row$X27, scientific = FALSE), "\n")
cat("SQLDATE", format(row$X2, scientific = FALSE), "\n")
cat("ActionGeo_CountryCode", row$X54, "\n")
cat("SOURCEURL", row$X61, "\n")
