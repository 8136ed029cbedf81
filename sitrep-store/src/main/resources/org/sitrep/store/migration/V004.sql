-- actors' patrons ("Iran-backed"): who backs the source, the target and a quote's speaker.
ALTER TABLE events ADD COLUMN source_patron VARCHAR;
ALTER TABLE events ADD COLUMN target_patron VARCHAR;
ALTER TABLE quotes ADD COLUMN speaker_patron VARCHAR;
