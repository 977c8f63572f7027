// Fragment: whether a standing relation `r` holds in the date window of $where ({from, to}, days 'YYYY-MM-DD' or
// null): its [validFrom, validTo] overlaps [from, to], an absent bound being open (a relation without dates always
// holds), so a 2021 view leaves out Russia's recognition of the DPR (2022-02-21). egoNetwork (widening and drawing)
// and the exports' relation edges use this one rule.
($where.to IS NULL OR r.validFrom IS NULL OR r.validFrom <= $where.to)
AND ($where.from IS NULL OR r.validTo IS NULL OR r.validTo >= $where.from)
