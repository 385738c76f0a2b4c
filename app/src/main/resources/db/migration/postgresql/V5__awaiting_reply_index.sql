-- The "I owe a reply" queue and Today's reply actions look up inbound interactions still awaiting
-- my reply; without this index that lookup reads every interaction of the book.
CREATE INDEX interactions_awaiting ON interactions (book_id, awaiting_reply, occurred_on);
