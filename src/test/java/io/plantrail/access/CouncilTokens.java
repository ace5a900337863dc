package io.plantrail.access;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A stand-in for the council's identity provider: an RSA key pair that signs tokens for tests. */
public final class CouncilTokens {

    private final KeyPair keys;
    private final NimbusJwtEncoder encoder;

    public CouncilTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate()).build();
        encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
    }

    public static final String ISSUER = "https://login.example.gov.uk/realms/council";
    public static final String AUDIENCE = "plantrail";

    /** Points the production sign-in at this provider's public key, issuer and audience. */
    public void trustedBy(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", this::publicKeyFile);
        registry.add("plantrail.security.issuer", () -> ISSUER);
        registry.add("plantrail.security.audience", () -> AUDIENCE);
    }

    public String tokenFor(String name, String... roles) {
        return token(claims -> claims.claim("preferred_username", name).claim("roles", List.of(roles)));
    }

    /** A token as the provider issues them, changed as the test says (a claim removed, another issuer …). */
    public String token(java.util.function.Consumer<JwtClaimsSet.Builder> changes) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject("uid-test").issuer(ISSUER).audience(List.of(AUDIENCE)).claim("roles", List.of("ADMIN"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        changes.accept(claims);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }

    private String publicKeyFile() {
        try {
            Path file = Files.createTempFile("council-idp", ".pem");
            file.toFile().deleteOnExit();
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
            return "file:" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
