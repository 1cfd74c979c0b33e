package io.wirestream.tagging;

/** The kinds of entity the tagger reports. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, DATE }
