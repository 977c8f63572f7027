// 002: API keys. One key per id: authentication looks a presented key up by its id on every request.

CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
