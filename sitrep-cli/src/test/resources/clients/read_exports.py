"""Reads Sitrep's exports the way GDELT and ACLED users' pandas code does; prints what it read as one JSON object.

usage: python3 read_exports.py EVENTS.tsv MENTIONS.tsv ACLED.csv
"""
import json
import sys

import pandas as pd

GDELT_EVENTS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"]
GDELT_MENTIONS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]
CODES = {"EventCode": str, "EventBaseCode": str, "EventRootCode": str}


def plain(v):
    if pd.isna(v):
        return None
    return v.item() if hasattr(v, "item") else v


events = pd.read_csv(sys.argv[1], sep="\t", header=None, names=GDELT_EVENTS, dtype=CODES)
raw = pd.read_csv(sys.argv[1], sep="\t", header=None)
mentions = pd.read_csv(sys.argv[2], sep="\t", header=None, names=GDELT_MENTIONS)
acled = pd.read_csv(sys.argv[3])
out = {
    "events": {
        "rows": len(events), "columns": raw.shape[1],
        "idType": str(events["GLOBALEVENTID"].dtype), "dateType": str(events["SQLDATE"].dtype),
        "codeAt26": [str(plain(v)) for v in raw[26].tolist()],
        "byId": {str(r.GLOBALEVENTID): {k: plain(getattr(r, k)) for k in (
            "SQLDATE", "EventCode", "EventRootCode", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_FullName", "SOURCEURL", "DATEADDED", "NumMentions")} for r in events.itertuples()},
        "sourceUrlAt60": [plain(v) for v in raw[60].tolist()],
    },
    "mentions": {
        "rows": len(mentions), "columns": pd.read_csv(sys.argv[2], sep="\t", header=None).shape[1],
        "unknownEvents": int((~mentions["GLOBALEVENTID"].isin(events["GLOBALEVENTID"])).sum()),
        "identifiers": sorted(set(mentions["MentionIdentifier"].astype(str))),
    },
    "acled": {
        "rows": len(acled), "columns": list(acled.columns),
        "byId": {r["event_id_cnty"]: {k: plain(r[k]) for k in (
            "event_type", "sub_event_type", "actor1", "country", "iso", "region", "admin1", "admin2", "location",
            "fatalities", "timestamp", "event_date")} for _, r in acled.iterrows()},
    },
}
print(json.dumps(out))
