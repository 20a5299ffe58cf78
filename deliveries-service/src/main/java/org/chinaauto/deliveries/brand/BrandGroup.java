package org.chinaauto.deliveries.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A group of brands or an alliance (HIMA, led by Huawei), which may report deliveries as a whole. */
@Entity
@Table(name = "brand_group")
public class BrandGroup extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    public String leader;
    public String notes;
}
