-- scheduled_tasks is a queue: every job is inserted, updated when picked and deleted when done. With the
-- default autovacuum settings (20% of the table) the dead rows of a large newsletter can pile up at the head
-- of the index the pickers read. Vacuum it after every few thousand changes, without throttling.
ALTER TABLE scheduled_tasks SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_insert_threshold = 10000,
    autovacuum_analyze_scale_factor = 0,
    autovacuum_analyze_threshold = 5000,
    autovacuum_vacuum_cost_delay = 0);
