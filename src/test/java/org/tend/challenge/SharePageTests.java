package org.tend.challenge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.internal.PhotoCleanerTests;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.TravelClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The share card: consent before a name, a photo stored without its metadata. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class SharePageTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TravelClock.Travel clock;

	private MockMvc mvc;

	private JsonApi api;

	private CurrentMember ana;

	private UUID coffee;

	@BeforeEach
	void meeting() {
		this.clock.set(ChallengeApiTests.MONDAY);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.api = new JsonApi(this.port);
		Member member = this.api.signUp("Ana");
		this.ana = new CurrentMember(member.id(), member.email(), "Ana", ChallengePagesTests.MADRID);
		UUID zoe = this.api.as(member).create("/api/v1/people", Map.of("name", "Zoë Ñúñez 🌱"));
		this.coffee = this.api.as(member)
			.create("/api/v1/meetings", Map.of("personIds", List.of(zoe), "kind", "coffee", "startsAt",
					"2026-11-20T10:00:00+01:00", "status", "happened"));
	}

	@Test
	void theTextNamesNobodyUntilTheMemberTicksThatTheyAgreed() throws Exception {
		String page = body(get(share()), this.ana);
		assertThat(page).contains("#slownetworking", "someone from my network").doesNotContain("with Zoë");

		MvcResult saved = perform(multipart(share()).param("nameAgreed", "true"), this.ana);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(share());
		assertThat(body(get(share()), this.ana)).contains("coffee with Zoë Ñúñez 🌱", "#slownetworking");
	}

	@Test
	void thePhotoIsKeptWithoutItsMetadata() throws Exception {
		byte[] jpeg = PhotoCleanerTests.fixture("photo-with-exif.jpg");

		perform(multipart(share()).file(new MockMultipartFile("photo", "IMG_0042.jpg", "image/jpeg", jpeg)), this.ana);

		MvcResult photo = perform(get(share() + "/photo"), this.ana);
		assertThat(photo.getResponse().getStatus()).isEqualTo(200);
		assertThat(photo.getResponse().getContentType()).isEqualTo("image/jpeg");
		String stored = new String(photo.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("Exif", "GPS", "Secret");
		assertThat(body(get(share()), this.ana)).contains("share/photo");
	}

	@Test
	void somethingElseThanAPhotoIsRefusedWithAMessage() throws Exception {
		MvcResult refused = perform(
				multipart(share())
					.file(new MockMultipartFile("photo", "notes.txt", "image/png", "not a picture".getBytes())),
				this.ana);

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("must be a JPEG or PNG");
		assertThat(perform(get(share() + "/photo"), this.ana).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPngThatWouldTakeTooMuchMemoryOnceDecodedIs413WithAMessage() throws Exception {
		byte[] bomb = PhotoCleanerTests.sixteenBitPng(5000, 5000);

		MvcResult refused = perform(
				multipart(share()).file(new MockMultipartFile("photo", "bomb.png", "image/png", bomb)), this.ana);

		assertThat(refused.getResponse().getStatus()).isEqualTo(413);
		assertThat(refused.getResponse().getContentAsString()).contains("too many pixels", "5000 × 5000",
				"once decoded");
		assertThat(perform(get(share() + "/photo"), this.ana).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anotherMembersMeetingIsNotFound() throws Exception {
		Member bo = this.api.signUp("Bo");
		CurrentMember boSignedIn = new CurrentMember(bo.id(), bo.email(), "Bo", ChallengePagesTests.MADRID);
		perform(multipart(share()).file(
				new MockMultipartFile("photo", "a.png", "image/png", PhotoCleanerTests.fixture("photo-with-text.png"))),
				this.ana);

		assertThat(perform(get(share()), boSignedIn).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(share() + "/photo"), boSignedIn).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(multipart(share()).param("nameAgreed", "true"), boSignedIn).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(body(get(share()), this.ana)).contains("someone from my network");
	}

	private String share() {
		return "/challenge/meetings/" + this.coffee + "/share";
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, CurrentMember member) throws Exception {
		return this.mvc.perform(request.with(authentication(ChallengePagesTests.as(member))).with(csrf())).andReturn();
	}

	private String body(AbstractMockHttpServletRequestBuilder<?> request, CurrentMember member) throws Exception {
		MvcResult result = perform(request, member);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
