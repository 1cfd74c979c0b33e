-- Lists page by keyset on (event_time, id), newest first: one index serves both the order and the
-- "(event_time, id) < (?, ?)" condition of the next page (read backwards). It replaces the event_time one.
CREATE INDEX articles_event_time_id ON articles (event_time, id);
DROP INDEX articles_event_time;
