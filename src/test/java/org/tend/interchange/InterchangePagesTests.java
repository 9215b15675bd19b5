package org.tend.interchange;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.people.PersonInput;
import org.tend.support.JournalTestCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AutoConfigureMockMvc
class InterchangePagesTests extends JournalTestCase {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportService imports;

	private CurrentMember ana;

	@BeforeEach
	void member() {
		CurrentMember signedUp = signUp("Ana");
		this.ana = new CurrentMember(signedUp.id(), signedUp.email(), "Ana", ZoneId.of("Europe/Madrid"));
	}

	@Test
	void uploadShowsThePreviewTableAndApplyShowsTheResult() throws Exception {
		String html = this.mvc
			.perform(as(multipart("/import")
				.file(new MockMultipartFile("file", "Connections.csv", "text/csv", Fixtures.bytes("Connections.csv")))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Zoë Ñúñez 🌱", "Дмитрий Иванов", "6 new · 0 merged · 1 skipped",
				"same LinkedIn profile");
		String id = html.replaceAll("(?s).*action=\"/import/([0-9a-f-]{36})/apply\".*", "$1");

		String result = this.mvc.perform(as(post("/import/{id}/apply", id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(result).contains("6 people added, 0 merged into people already in your journal, 1 row skipped.");
		assertThat(this.people.allDetails(this.ana.id())).hasSize(6);
	}

	@Test
	void aMalformedUploadShowsTheLineAndReasonAgain() throws Exception {
		byte[] broken = "BEGIN:VCARD\nFN:Zoë\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		String html = this.mvc
			.perform(as(multipart("/import").file(new MockMultipartFile("file", "zoe.vcf", "text/vcard", broken))))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("nothing was saved", "Line 1: this card has no END:VCARD");
	}

	@Test
	void theExportPageOffersDownloadsAndACalendarFeedShownOnce() throws Exception {
		this.people.create(this.ana.id(), PersonInput.named("Zoë Ñúñez 🌱"));

		this.mvc.perform(as(get("/export")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/export/download?format=vcard")));
		this.mvc.perform(as(get("/export/download").param("format", "vcard")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/vcard")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("FN:Zoë Ñúñez 🌱")));
		String created = this.mvc.perform(as(post("/export/calendar-feed")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = created.replaceAll("(?s).*value=\"(http[^\"]+\\.ics)\".*", "$1");
		assertThat(url).contains("/calendar/");
		String path = url.substring(url.indexOf("/calendar/"));

		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(as(post("/export/calendar-feed/revoke"))).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		String page = this.mvc.perform(as(get("/export"))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(path);
	}

	@Test
	void anotherMembersPreviewIsNotFound() throws Exception {
		CurrentMember bo = new CurrentMember(signUp("Bo").id(), "bo@example.org", "Bo", ZoneId.of("UTC"));
		UUID bosImport = this.imports.preview(bo.id(), Fixtures.bytes("contacts-4.0.vcf"), null).id();

		this.mvc.perform(as(get("/import/{id}", bosImport))).andExpect(status().isNotFound());
		this.mvc.perform(as(post("/import/{id}/apply", bosImport))).andExpect(status().isNotFound());

		assertThat(this.people.allDetails(this.ana.id())).isEmpty();
		assertThat(this.people.allDetails(bo.id())).isEmpty();
		assertThat(List.of(bosImport)).isNotEmpty();
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request) {
		return request.with(signedIn(this.ana)).with(csrf());
	}

}
