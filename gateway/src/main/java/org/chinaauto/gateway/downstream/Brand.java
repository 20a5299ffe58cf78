package org.chinaauto.gateway.downstream;

import java.util.List;

/** A brand with the groups it belongs or belonged to (months YYYY-MM, null when open or not known). */
public record Brand(String slug, String name, String carmaker, List<GroupMembership> memberships) {

    public record GroupMembership(String group, String from, String to) {
    }
}
