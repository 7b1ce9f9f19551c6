"""Geography: the offline GeoNames gazetteer and the geoparser helpers."""
