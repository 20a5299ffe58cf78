package org.chinaauto.deliveries.input;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A group of brands (an alliance) as POST /api/groups takes it. An optional field left out (null) keeps its stored
 * value on an update, an empty string clears it; {@code members}, when given, replace the group's memberships.
 */
@RegisterForReflection
public record GroupInput(
        @NotBlank(message = "is required") @Pattern(regexp = BrandInput.SLUG, message = BrandInput.NOT_A_SLUG) String slug,
        @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters") String name,
        @Size(max = 200, message = "is longer than {max} characters") String leader,
        @Size(max = 4000, message = "is longer than {max} characters") String notes,
        List<@Valid MembershipInput> members) {
}
