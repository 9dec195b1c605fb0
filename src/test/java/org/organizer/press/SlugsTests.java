package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void latinTitlesBecomeLowercaseWordsJoinedByHyphens() {
        assertThat(Slugs.fromTitle("Port workers' unions set a date: 5 December!"))
                .isEqualTo("port-workers-unions-set-a-date-5-december");
    }

    @Test
    void accentedLettersAreKept() {
        assertThat(Slugs.fromTitle("Huelga en España: ¿qué pasó?")).isEqualTo("huelga-en-españa-qué-pasó");
    }

    @Test
    void arabicLettersAreKeptAndVowelMarksDropped() {
        assertThat(Slugs.fromTitle("نقابات عمال الموانئ تُحدِّد موعدًا"))
                .isEqualTo("نقابات-عمال-الموانئ-تحدد-موعدا")
                .matches(Slugs.VALID);
    }

    @Test
    void titlesWithoutLettersGetAFallback() {
        assertThat(Slugs.fromTitle("!!! ???")).isEqualTo("article");
    }

    @Test
    void longTitlesAreCutAtAWordBoundaryWithinTheLimit() {
        String slug = Slugs.fromTitle("word ".repeat(60));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).matches(Slugs.VALID);
    }

    @Test
    void numberedAlternativesStayValid() {
        assertThat(Slugs.numbered("a".repeat(120), 2))
                .hasSize(120)
                .endsWith("-2")
                .matches(Slugs.VALID);
    }

    @Test
    void onlyLettersAndDigitsJoinedBySingleHyphensAreValid() {
        assertThat(Slugs.isValid("día-1")).isTrue();
        assertThat(Slugs.isValid("مقال-٢")).isTrue();
        assertThat(Slugs.isValid("double--hyphen")).isFalse();
        assertThat(Slugs.isValid("-leading")).isFalse();
        assertThat(Slugs.isValid("has space")).isFalse();
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("a".repeat(121))).isFalse();
    }
}
