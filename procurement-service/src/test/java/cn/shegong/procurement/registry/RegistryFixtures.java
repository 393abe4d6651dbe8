package cn.shegong.procurement.registry;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.Tokens;

/** Credit codes and callers for the registry's adapter tests. */
public final class RegistryFixtures {

	/** Haining, Zhejiang. */
	public static final String HAINING = "330481";

	/** Hangzhou, Zhejiang: not within Haining. */
	public static final String HANGZHOU = "330100";

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final AtomicInteger serial = new AtomicInteger(1000);

	private RegistryFixtures() {
	}

	/**
	 * A valid, never before used code of a social organisation registered in the
	 * division; the check character is computed here, apart from the production code.
	 */
	public static String freshCreditCode(String division) {
		String first17 = "52" + division + "MA28%05d".formatted(serial.incrementAndGet());
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
	}

	public static JwtRequestPostProcessor admin() {
		return Tokens.as("admin", "admin", Map.of());
	}

	public static JwtRequestPostProcessor supervisor(String region) {
		return Tokens.as("supervisor", "supervisor", Map.of(KeycloakClaims.REGION, region));
	}

}
