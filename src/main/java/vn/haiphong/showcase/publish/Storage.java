package vn.haiphong.showcase.publish;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 client for an S3-compatible endpoint, built from the standard AWS configuration, in
 * the SDK's own order: the Java properties {@code aws.accessKeyId}/{@code aws.secretAccessKey},
 * then {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, then the profile files
 * ({@code AWS_PROFILE}, {@code ~/.aws/credentials}). Never the instance-metadata service: a
 * publish from a laptop or CI must not probe the network for credentials. Retries 5xx
 * answers, throttling and timeouts with exponential backoff and jitter (up to 6 attempts).
 */
public final class Storage {
    private Storage() {
    }

    /** The credentials chain described above; nothing is read until a request needs it. */
    public static AwsCredentialsProvider standardCredentials() {
        return AwsCredentialsProviderChain.builder().reuseLastProviderEnabled(false)
                .credentialsProviders(SystemPropertyCredentialsProvider.create(),
                        EnvironmentVariableCredentialsProvider.create(), ProfileCredentialsProvider.create())
                .build();
    }

    /** {@code --region}, else {@code AWS_REGION}/{@code AWS_DEFAULT_REGION}, else the profile's, else us-east-1. */
    public static Region region(String flag) {
        if (flag != null && !flag.isBlank()) {
            return Region.of(flag);
        }
        for (String env : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) {
                return Region.of(v);
            }
        }
        try {
            Region r = new AwsProfileRegionProvider().getRegion();
            if (r != null) {
                return r;
            }
        } catch (RuntimeException e) {
            // no profile, or no region in it
        }
        return Region.US_EAST_1;
    }

    /** A client for {@code endpoint} (path-style addressing, as S3-compatible servers expect). */
    public static S3Client client(URI endpoint, Region region, AwsCredentialsProvider credentials, int connections) {
        System.setProperty("aws.disableEc2Metadata", "true");
        System.setProperty("http.maxConnections", String.valueOf(Math.max(5, connections)));
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .forcePathStyle(true)
                // third-party servers differ in their support of the newer trailing checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .overrideConfiguration(c -> c
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(6).build())
                        .apiCallAttemptTimeout(Duration.ofMinutes(5)))
                .build();
    }
}
