package org.organizer.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTests {

    // One instance for the class: loading reads 2.4 MB of compressed data.
    private static final Gazetteer gazetteer = new Gazetteer();

    @Test
    void findsACityByItsNameInItsCountry() {
        assertThat(gazetteer.find("Juliaca", "PE")).hasValueSatisfying(juliaca -> {
            assertThat(juliaca.name()).isEqualTo("Juliaca");
            assertThat(juliaca.country()).isEqualTo("PE");
            assertThat(juliaca.latitude()).isBetween(-16.0, -15.0);
            assertThat(juliaca.longitude()).isBetween(-70.5, -69.5);
        });
    }

    @Test
    void findsNamesWithoutRegardToCaseAccentsOrHyphens() {
        assertThat(gazetteer.find("São Paulo", "BR")).map(Place::name).hasValue("São Paulo");
        assertThat(gazetteer.find("sao paulo", "br")).map(Place::name).hasValue("São Paulo");
        assertThat(gazetteer.find("  SAO-PAULO ", "BR")).map(Place::name).hasValue("São Paulo");
        assertThat(gazetteer.find("Saint-Étienne", "FR")).isEqualTo(gazetteer.find("saint etienne", "FR"));
    }

    @Test
    void findsACityByItsOtherNames() {
        assertThat(gazetteer.find("Genova", "IT")).map(Place::name).hasValue("Genoa");
        assertThat(gazetteer.find("Genoa", "IT")).map(Place::name).hasValue("Genoa");
        assertThat(gazetteer.find("Génova", "IT")).map(Place::name).hasValue("Genoa");
        assertThat(gazetteer.find("جنوة", "IT")).map(Place::name).hasValue("Genoa");
    }

    @Test
    void choosesTheMostPopulousPlaceOfThatName() {
        assertThat(gazetteer.find("Córdoba", "AR"))
                .hasValueSatisfying(cordoba -> assertThat(cordoba.population()).isGreaterThan(1_000_000));
        assertThat(gazetteer.find("Genoa", "US"))
                .hasValueSatisfying(genoa -> assertThat(genoa.population()).isLessThan(100_000));
    }

    @Test
    void findsNothingForNonsenseOrTheWrongCountry() {
        assertThat(gazetteer.find("Xqzzylwortville", "FR")).isEmpty();
        assertThat(gazetteer.find("Juliaca", "FR")).isEmpty();
        assertThat(gazetteer.find("", "PE")).isEmpty();
        assertThat(gazetteer.find("---", "PE")).isEmpty();
    }

    @Test
    void suggestsPlacesByPrefixMostPopulousFirst() {
        assertThat(gazetteer.search("juli", "PE", 5))
                .extracting(Place::name)
                .first()
                .isEqualTo("Juliaca");
        assertThat(gazetteer.search("sao p", "BR", 3))
                .extracting(Place::name)
                .first()
                .isEqualTo("São Paulo");
        assertThat(gazetteer.search("s", null, 10)).hasSize(10);
        assertThat(gazetteer.search("", "BR", 10)).isEmpty();
        assertThat(gazetteer.search("Xqzzyl", null, 10)).isEmpty();
    }

    @Test
    void holdsTheWholeGazetteerInAFewMegabytes() {
        assertThat(gazetteer.size()).isGreaterThan(100_000);
        assertThat(gazetteer.heapBytes()).isLessThan(16L << 20);
    }
}
