-- places: whether a place is a name ("Mosul") or an adjectival reference ("Russian troops", "Iraqis") resolved to its country (issue 13); rows stored before this version are names.
ALTER TABLE places ADD COLUMN kind VARCHAR;
UPDATE places SET kind = 'name';
