package org.chinaauto.deliveries.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A car brand and the carmaker behind it (AITO with Seres, Luxeed with Chery, ...). */
@Entity
@Table(name = "brand")
public class Brand extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    public String carmaker;
}
