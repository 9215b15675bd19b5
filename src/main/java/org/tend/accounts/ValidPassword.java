package org.tend.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.tend.accounts.internal.WeakPasswords;

/**
 * A password Tend accepts: at least {@value #MIN_CHARACTERS} characters and at most
 * {@value #MAX_BYTES} bytes in UTF-8, because bcrypt reads no further than that (a longer
 * password would be refused by the hash rather than silently cut); and not one of the
 * {@link WeakPasswords} (a leading leaked password, a repetition or a sequence). A null
 * value is left to {@code @NotBlank}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPassword.Check.class)
public @interface ValidPassword {

	int MIN_CHARACTERS = 12;

	int MAX_BYTES = 72;

	String message() default "is not an acceptable password";

	String tooShort() default "must be at least 12 characters";

	String tooLong() default "must be at most 72 bytes in UTF-8 (72 plain letters, fewer with accents or emoji)";

	String tooWeak() default WeakPasswords.PROBLEM;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule itself, also used by the accounts facade as an invariant. */
	final class Check implements ConstraintValidator<ValidPassword, String> {

		private String tooShort;

		private String tooLong;

		private String tooWeak;

		@Override
		public void initialize(ValidPassword annotation) {
			this.tooShort = annotation.tooShort();
			this.tooLong = annotation.tooLong();
			this.tooWeak = annotation.tooWeak();
		}

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			String problem = problem(password, this.tooShort, this.tooLong, this.tooWeak);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}

		static String problem(String password, String tooShort, String tooLong, String tooWeak) {
			if (password == null) {
				return null;
			}
			if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
				return tooShort;
			}
			if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				return tooLong;
			}
			if (WeakPasswords.isWeak(password)) {
				return tooWeak;
			}
			return null;
		}

	}

}
