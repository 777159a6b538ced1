# Replication script for "What the cameras guess" (Harrow Institute, 2026)
# Data: the data dictionary and sample export Pellucid Ltd published for its
# SightLine retail cameras (downloaded 2026-03-02, archived copy in data/raw/).
# Pellucid's dictionary documents a field `religion_est`, which it describes as
# "religion estimated from facial appearance and head covering". We do not run
# any model; we only tabulate what the vendor's own export contains.

library(readr)
library(dplyr)

dict <- tibble::tribble(
  ~field,          ~type,     ~vendor_description,
  "visit_id",      "string",  "unique visit",
  "age_est",       "integer", "estimated age",
  "religion_est",  "factor",  "religion estimated from facial appearance and head covering",
  "religion_conf", "double",  "confidence of religion_est"
)

export <- read_csv("data/raw/sightline_sample_export.csv", show_col_types = FALSE)

share <- export |>
  count(religion_est) |>
  mutate(pct = round(100 * n / sum(n), 1))

print(dict)
print(share)  # Table 2 in the paper: muslim 18.2, christian 61.0, unknown 20.8
