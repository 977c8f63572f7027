// 004: indexes the read queries start from (issue 6). Only interactions with an `until` can span more
// than a year, so a date filter finds them through this index and all others through a dateStart range.

CREATE INDEX interaction_until IF NOT EXISTS FOR (i:Interaction) ON (i.until);
