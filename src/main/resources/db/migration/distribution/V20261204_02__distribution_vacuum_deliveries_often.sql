-- Each delivery is updated twice while it goes out (taken, then sent), and its state is indexed, so a large
-- newsletter leaves many dead index entries behind; vacuum after every few thousand changes.
ALTER TABLE delivery SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 5000,
    autovacuum_analyze_scale_factor = 0,
    autovacuum_analyze_threshold = 10000,
    autovacuum_vacuum_cost_delay = 0);
