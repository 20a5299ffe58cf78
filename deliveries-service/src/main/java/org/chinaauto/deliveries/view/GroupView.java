package org.chinaauto.deliveries.view;

import java.util.List;

/**
 * A group of brands with its members. {@code from} null: member since before the first record (month not
 * known); {@code to} null: still a member; otherwise {@code to} is the first month no longer counted.
 */
public record GroupView(String slug, String name, String leader, String notes, List<Member> members) {

    public record Member(String brand, String from, String to) {
    }
}
