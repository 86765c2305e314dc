-- Sessions of an account that started before this instant end at their next request, on every instance
-- of the app: set when the account is disabled or its password changes.
alter table app_user add column sessions_valid_from timestamp(6) with time zone;
