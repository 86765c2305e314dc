-- When each staff member last logged in, for administrators, and the language the app starts in for them after
-- their login (en or zh; none: the language of the login page).
alter table app_user add column last_login_at timestamp(6) with time zone;
alter table app_user add column preferred_language varchar(2);
