package org.tend.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body that is not a file upload ({@code tend.max-body-size}, 1 MB): a
 * JSON body was otherwise parsed whatever its size (90 MB was). Uploads have their own
 * limits (the multipart settings, checked again by the importer and the share card). A
 * body with a declared length over the cap is refused before it is read; one sent in
 * chunks is read up to the cap and refused when it goes on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	BodySizeLimit(@Value("${tend.max-body-size:1MB}") DataSize maxBodySize) {
		this.maxBytes = maxBodySize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isUploadOrForm(request)) {
			chain.doFilter(request, response);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** Forms are capped by the container (server.tomcat.max-http-form-post-size). */
	private static boolean isUploadOrForm(HttpServletRequest request) {
		String type = (request.getContentType() != null) ? request.getContentType().toLowerCase(Locale.ROOT) : "";
		return type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (out.size() < limit
				&& (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) > 0) {
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close");
		Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "Content Too Large",
				"The request body is larger than " + DataSize.ofBytes(this.maxBytes).toKilobytes() + " KB.");
	}

	/** The request with its body already read into memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final ServletInputStream body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = over(new ByteArrayInputStream(body));
		}

		@Override
		public ServletInputStream getInputStream() {
			return this.body;
		}

		private static ServletInputStream over(ByteArrayInputStream in) {
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return in.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

	}

}
