package org.organizer.maps;

/**
 * A town or city of the gazetteer: its GeoNames name (often the English one, e.g. "Genoa"), ISO 3166-1 alpha-2
 * country, position in degrees (rounded to 0.001°, about 100 m) and population.
 */
public record Place(String name, String country, double latitude, double longitude, int population) {}
