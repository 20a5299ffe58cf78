package org.chinaauto.deliveries.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chinaauto.common.load.LoadReport;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.problem.JacksonMessages;
import org.chinaauto.common.problem.ProblemException;
import org.chinaauto.deliveries.brand.Brand;
import org.chinaauto.deliveries.brand.BrandGroup;
import org.chinaauto.deliveries.brand.Membership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Creates and updates brands and groups with their dated memberships, from JSON: the whole batch is
 * validated first (every bad item and field reported, nothing written), then written in one transaction.
 * Optional fields left out (null) keep their stored values on an update (an empty string clears a text field);
 * a brand's {@code memberships} (or a group's {@code members}), when given, replace the stored ones.
 */
@ApplicationScoped
public class CatalogLoader {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @RegisterForReflection
    public record BrandInput(String slug, String name, String carmaker, List<MembershipInput> memberships) {
    }

    @RegisterForReflection
    public record GroupInput(String slug, String name, String leader, String notes, List<MembershipInput> members) {
    }

    /** In a brand's list, {@code group} names the group; in a group's list, {@code brand} names the brand. */
    @RegisterForReflection
    public record MembershipInput(String group, String brand, String from, String to) {
    }

    @Inject
    ObjectMapper mapper;

    @Transactional
    public LoadReport loadBrands(InputStream body) {
        List<BrandInput> items = read(body, "brands", new TypeReference<List<BrandInput>>() {
        });
        Errors errors = new Errors();
        Set<String> seen = new HashSet<>();
        List<List<Membership>> memberships = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BrandInput b = items.get(i);
            errors.at(i + 1);
            String slug = slug(errors, b == null ? null : b.slug(), seen);
            if (b == null) {
                memberships.add(null);
                continue;
            }
            text(errors, "name", b.name(), true, 200);
            text(errors, "carmaker", b.carmaker(), false, 200);
            if (slug != null && BrandGroup.findById(slug) != null) {
                errors.add("slug", "'" + slug + "' is already a group; brands and groups share one set of slugs");
            }
            memberships.add(b.memberships() == null ? null : memberships(errors, "memberships", slug, b.memberships(),
                    MembershipInput::group, "group", g -> BrandGroup.findById(g) != null, true));
        }
        errors.throwIfAny();
        int inserted = 0;
        int revised = 0;
        for (int i = 0; i < items.size(); i++) {
            BrandInput in = items.get(i);
            String slug = in.slug().trim();
            Brand b = Brand.findById(slug);
            boolean created = b == null;
            boolean changed = false;
            if (created) {
                b = new Brand();
                b.slug = slug;
            }
            String carmaker = in.carmaker() == null ? b.carmaker : trim(in.carmaker());
            if (created || !Objects.equals(b.name, in.name().trim()) || !Objects.equals(b.carmaker, carmaker)) {
                b.name = in.name().trim();
                b.carmaker = carmaker;
                changed = true;
            }
            if (created) {
                b.persist();
            }
            if (memberships.get(i) != null) {
                changed |= replace(Membership.list("brand", slug), memberships.get(i));
            }
            inserted += created ? 1 : 0;
            revised += !created && changed ? 1 : 0;
        }
        return new LoadReport(items.size(), inserted, revised, items.size() - inserted - revised);
    }

    @Transactional
    public LoadReport loadGroups(InputStream body) {
        List<GroupInput> items = read(body, "groups", new TypeReference<List<GroupInput>>() {
        });
        Errors errors = new Errors();
        Set<String> seen = new HashSet<>();
        List<List<Membership>> members = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            GroupInput g = items.get(i);
            errors.at(i + 1);
            String slug = slug(errors, g == null ? null : g.slug(), seen);
            if (g == null) {
                members.add(null);
                continue;
            }
            text(errors, "name", g.name(), true, 200);
            text(errors, "leader", g.leader(), false, 200);
            text(errors, "notes", g.notes(), false, 4000);
            if (slug != null && Brand.findById(slug) != null) {
                errors.add("slug", "'" + slug + "' is already a brand; brands and groups share one set of slugs");
            }
            members.add(g.members() == null ? null : memberships(errors, "members", slug, g.members(),
                    MembershipInput::brand, "brand", b -> Brand.findById(b) != null, false));
        }
        errors.throwIfAny();
        int inserted = 0;
        int revised = 0;
        for (int i = 0; i < items.size(); i++) {
            GroupInput in = items.get(i);
            String slug = in.slug().trim();
            BrandGroup g = BrandGroup.findById(slug);
            boolean created = g == null;
            boolean changed = false;
            if (created) {
                g = new BrandGroup();
                g.slug = slug;
            }
            String leader = in.leader() == null ? g.leader : trim(in.leader());
            String notes = in.notes() == null ? g.notes : trim(in.notes());
            if (created || !Objects.equals(g.name, in.name().trim()) || !Objects.equals(g.leader, leader)
                    || !Objects.equals(g.notes, notes)) {
                g.name = in.name().trim();
                g.leader = leader;
                g.notes = notes;
                changed = true;
            }
            if (created) {
                g.persist();
            }
            if (members.get(i) != null) {
                changed |= replace(Membership.list("groupSlug", slug), members.get(i));
            }
            inserted += created ? 1 : 0;
            revised += !created && changed ? 1 : 0;
        }
        return new LoadReport(items.size(), inserted, revised, items.size() - inserted - revised);
    }

    /** Replaces stored memberships with new ones when they differ; true when something changed. */
    private static boolean replace(List<Membership> stored, List<Membership> incoming) {
        Set<List<Object>> before = new HashSet<>();
        stored.forEach(m -> before.add(signature(m)));
        Set<List<Object>> after = new HashSet<>();
        incoming.forEach(m -> after.add(signature(m)));
        if (before.equals(after)) {
            return false;
        }
        stored.forEach(Membership::delete);
        Membership.getEntityManager().flush();
        incoming.forEach(m -> m.persist());
        return true;
    }

    private static List<Object> signature(Membership m) {
        return java.util.Arrays.asList(m.brand, m.groupSlug, m.fromMonth, m.toMonth);
    }

    private List<Membership> memberships(Errors errors, String list, String owner, List<MembershipInput> items,
            Function<MembershipInput, String> other, String otherField, java.util.function.Predicate<String> exists,
            boolean ownerIsBrand) {
        List<Membership> result = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            MembershipInput m = items.get(j);
            String at = list + "[" + j + "]";
            if (m == null) {
                errors.add(at, "expected an object");
                continue;
            }
            if ((ownerIsBrand ? m.brand() : m.group()) != null) {
                errors.add(at + "." + (ownerIsBrand ? "brand" : "group"), "not expected here: the " + list
                        + " of a " + (ownerIsBrand ? "brand name groups" : "group name brands"));
            }
            String ref = trim(other.apply(m));
            if (ref == null) {
                errors.add(at + "." + otherField, "is required");
            } else if (!exists.test(ref)) {
                errors.add(at + "." + otherField, "unknown " + otherField + " '" + ref + "'; create it first with POST /api/"
                        + otherField + "s");
            }
            YearMonth from = month(errors, at + ".from", m.from());
            YearMonth to = month(errors, at + ".to", m.to());
            if (from != null && to != null && !to.isAfter(from)) {
                errors.add(at + ".to", "must be after 'from' (" + from + "): 'to' is the first month no longer a member");
            }
            Membership ms = new Membership();
            ms.brand = ownerIsBrand ? owner : ref;
            ms.groupSlug = ownerIsBrand ? ref : owner;
            ms.fromMonth = from == null ? null : from.atDay(1);
            ms.toMonth = to == null ? null : to.atDay(1);
            for (Membership earlier : result) {
                if (Objects.equals(earlier.brand, ms.brand) && Objects.equals(earlier.groupSlug, ms.groupSlug)
                        && overlap(earlier, ms)) {
                    errors.add(at, "overlaps an earlier membership of the same brand and group in this list");
                }
            }
            result.add(ms);
        }
        return result;
    }

    private static boolean overlap(Membership a, Membership b) {
        boolean aEndsBeforeB = a.toMonth != null && b.fromMonth != null && !a.toMonth.isAfter(b.fromMonth);
        boolean bEndsBeforeA = b.toMonth != null && a.fromMonth != null && !b.toMonth.isAfter(a.fromMonth);
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private static YearMonth month(Errors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Period.parseMonth(text, field);
        } catch (InvalidInputException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    private static String slug(Errors errors, String slug, Set<String> seen) {
        if (slug == null || slug.isBlank()) {
            errors.add("slug", "is required");
            return null;
        }
        String s = slug.trim();
        if (!SLUG.matcher(s).matches()) {
            errors.add("slug", "'" + slug + "' is not a slug: lower-case letters, digits and '-', e.g. aito");
            return null;
        }
        if (!seen.add(s)) {
            errors.add("slug", "'" + s + "' appears twice in the batch");
        }
        return s;
    }

    private static void text(Errors errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "is required");
            }
        } else if (value.length() > max) {
            errors.add(field, "is longer than " + max + " characters");
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private <T> List<T> read(InputStream body, String wrapper, TypeReference<List<T>> type) {
        try {
            JsonNode root = mapper.readTree(body);
            if (root != null && root.isObject() && root.get(wrapper) != null) {
                root = root.get(wrapper);
            }
            if (root == null || !root.isArray()) {
                throw new InvalidInputException("body", "expected a JSON array of objects (or {\"" + wrapper + "\": [...]})");
            }
            if (root.isEmpty()) {
                throw new InvalidInputException("body", "the batch is empty");
            }
            return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(root);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ProblemException(400, "Unreadable body", "The request body could not be read: " + e.getMessage());
        }
    }

    /** A parse or binding error, naming the array item and the field where it applies. */
    private static InvalidInputException malformed(JsonProcessingException e) {
        String message = JacksonMessages.clean(e);
        Integer item = null;
        StringBuilder field = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    if (item == null && field.length() == 0) {
                        item = ref.getIndex() + 1;
                    } else {
                        field.append('[').append(ref.getIndex()).append(']');
                    }
                }
            }
        }
        return new InvalidInputException("Malformed JSON: " + message,
                List.of(new FieldError(item, field.length() == 0 ? null : field.toString(), message)));
    }

    /** Field errors of a JSON batch; {@code line} is the 1-based position of the item in the array. */
    private static final class Errors {
        private final List<FieldError> errors = new ArrayList<>();
        private Integer item;

        void at(int position) {
            item = position;
        }

        void add(String field, String message) {
            errors.add(new FieldError(item, field, message));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors.size() + " invalid field(s) in the batch; nothing was written",
                        List.copyOf(errors));
            }
        }
    }
}
