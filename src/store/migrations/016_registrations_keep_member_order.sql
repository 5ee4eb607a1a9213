-- A form's members are in the order people read them, and a manifest's and an agreement's as their authors
-- wrote them: json keeps the text as registered, where jsonb sorted the members, so that a form read back
-- from the store (by another instance, after a restart) listed its fields in another order.
ALTER TABLE adapters ALTER COLUMN body TYPE json USING body::json;
ALTER TABLE forms ALTER COLUMN body TYPE json USING body::json;
ALTER TABLE agreements ALTER COLUMN body TYPE json USING body::json;
