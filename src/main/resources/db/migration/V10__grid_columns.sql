-- The columns a staff member hid in a grid: kept on the server, so the grid looks the same on every device
-- they log in from. One row per person and grid; a person who never chose has none and sees the defaults.
create table staff_grid_columns (
    user_id        bigint       not null,
    grid           varchar(40)  not null,
    hidden_columns varchar(500) not null,
    constraint pk_staff_grid_columns primary key (user_id, grid),
    constraint fk_staff_grid_columns_user foreign key (user_id) references app_user (id) on delete cascade
);
