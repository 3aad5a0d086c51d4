/** How time series are bucketed: by the year of a document's date, or by its ITU-T study period. */
export const GRANULARITIES = ["YEAR", "STUDY_PERIOD"] as const;
