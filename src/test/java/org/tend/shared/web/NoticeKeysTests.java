package org.tend.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notice a controller flashes names a message that exists: a notice is a message
 * key (see {@link Notice}), and a key missing from the messages would show as
 * {@code ??key??} only on the page that says it, which few tests visit.
 */
class NoticeKeysTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** A string literal shaped like a message key: "groups.notice.left", or a prefix. */
	private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z]+)+\\.?)\"");

	@Test
	void everyNoticeAControllerFlashesIsInTheMessages() throws IOException {
		Set<String> keys = messageKeys();
		Set<String> used = noticeKeys();

		assertThat(used).as("notice keys found in the controllers").hasSizeGreaterThan(20);
		for (String key : used) {
			if (key.endsWith(".")) {
				assertThat(keys).as("messages starting with %s", key).anyMatch((known) -> known.startsWith(key));
			}
			else {
				assertThat(keys).as("messages").contains(key);
			}
		}
	}

	/** The key-shaped literals of each {@code new Notice(...)} statement in the code. */
	private static Set<String> noticeKeys() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((file) -> file.toString().endsWith(".java")).toList()) {
				String code = Files.readString(file);
				for (int at = code.indexOf("new Notice("); at >= 0; at = code.indexOf("new Notice(", at + 1)) {
					int end = code.indexOf(';', at);
					Matcher literal = KEY.matcher(code.substring(at, (end < 0) ? code.length() : end));
					while (literal.find()) {
						used.add(literal.group(1));
					}
				}
			}
		}
		return used;
	}

	private static Set<String> messageKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter((file) -> file.toString().endsWith(".properties")).toList()) {
				Properties messages = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					messages.load(reader);
				}
				keys.addAll(messages.stringPropertyNames());
			}
		}
		return keys;
	}

}
