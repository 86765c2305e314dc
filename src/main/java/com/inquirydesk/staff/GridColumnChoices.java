package com.inquirydesk.staff;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which columns the logged-in staff member hid in a grid, kept per person in the database, so that the choice
 * follows them to every device and browser they log in from.
 */
@Service
@Transactional(readOnly = true)
public class GridColumnChoices {

    /** Longest column list stored, as the table's column allows. */
    static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final StaffService staff;

    GridColumnChoices(JdbcClient jdbc, StaffService staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * The column keys the logged-in person hid in this grid; empty when they never chose (or nobody is logged
     * in), so the grid shows its defaults.
     */
    public Optional<Set<String>> hidden(String grid) {
        return staff.current()
                .flatMap(member -> jdbc.sql(
                                "select hidden_columns from staff_grid_columns where user_id = ? and grid = ?")
                        .params(member.id(), grid)
                        .query(String.class)
                        .optional()
                        .map(GridColumnChoices::keys));
    }

    /** Keeps the columns the logged-in person hid in this grid; does nothing when nobody is logged in. */
    @Transactional
    public void hide(String grid, Set<String> columns) {
        String joined = String.join(",", new TreeSet<>(columns));
        if (joined.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("too many hidden columns: " + joined);
        }
        staff.current().ifPresent(member -> {
            jdbc.sql("delete from staff_grid_columns where user_id = ? and grid = ?")
                    .params(member.id(), grid)
                    .update();
            jdbc.sql("insert into staff_grid_columns (user_id, grid, hidden_columns) values (?, ?, ?)")
                    .params(member.id(), grid, joined)
                    .update();
        });
    }

    private static Set<String> keys(String joined) {
        return Arrays.stream(joined.split(",")).filter(key -> !key.isBlank()).collect(Collectors.toUnmodifiableSet());
    }
}
