package org.chinaauto.deliveries.input;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A brand as POST /api/brands takes it. An optional field left out (null) keeps its stored value on an update, an
 * empty string clears it; {@code memberships}, when given, replace the brand's memberships.
 */
@RegisterForReflection
public record BrandInput(
        @NotBlank(message = "is required") @Pattern(regexp = BrandInput.SLUG, message = BrandInput.NOT_A_SLUG) String slug,
        @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters") String name,
        @Size(max = 200, message = "is longer than {max} characters") String carmaker,
        List<@Valid MembershipInput> memberships) {

    /** A slug, shared by brands and groups (spaces around it are ignored; blank is left to @NotBlank). */
    static final String SLUG = "\\s*([a-z0-9][a-z0-9-]{0,62})?\\s*";
    static final String NOT_A_SLUG = "is not a slug: lower-case letters, digits and '-', e.g. aito";
}
