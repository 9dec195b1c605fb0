package org.organizer.web;

import java.awt.ComponentOrientation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Language codes, their names and writing direction, all taken from the JDK's CLDR data. */
public final class Languages {

    /** The languages the interface itself is translated into. */
    public static final List<String> INTERFACE = List.of("en", "es", "ar");

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private Languages() {}

    /** A two- or three-letter ISO 639 code that the JDK knows. */
    public static boolean isValidCode(String code) {
        if (!CODE.matcher(code).matches()) {
            return false;
        }
        Locale locale = Locale.of(code);
        return !locale.getDisplayLanguage(Locale.ENGLISH).equals(code);
    }

    public static boolean isRightToLeft(String code) {
        return !ComponentOrientation.getOrientation(Locale.of(code)).isLeftToRight();
    }

    public static String direction(String code) {
        return isRightToLeft(code) ? "rtl" : "ltr";
    }

    /** The language's own name for itself ("español", "العربية"), for language switchers. */
    public static String nativeName(String code) {
        Locale locale = Locale.of(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static String interfaceLanguageFor(String code) {
        return INTERFACE.contains(code) ? code : INTERFACE.getFirst();
    }
}
