package org.tend.shared.web;

import java.io.Serializable;

/**
 * What a page says went well after a redirect (the flash attribute "notice"): a message
 * key and its arguments, worded in the messages files and resolved by the layout's
 * {@code alerts} fragment. Serializable because flash attributes wait in the stored
 * session, so the arguments must be too (strings and numbers).
 */
public record Notice(String key, Object... args) implements Serializable {

}
