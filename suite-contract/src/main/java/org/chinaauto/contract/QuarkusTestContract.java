package org.chinaauto.contract;

import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.restassured.RestAssured;

/**
 * Installs the module's contract check for every @QuarkusTest of a module that has this on its test class path: each
 * answer from the application under test (REST Assured's current port) is checked against
 * {@code api/<module>/openapi.json}, the module being the directory the tests run in (or {@code -Dapi.contract=}).
 */
public final class QuarkusTestContract implements QuarkusTestBeforeClassCallback, QuarkusTestAfterAllCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            ApiContract contract = ApiContract.of(module());
            RestAssured.filters(new ContractFilter(port -> port == RestAssured.port ? contract : null));
        }
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        ContractLedger.report();
    }

    private static String module() {
        String named = System.getProperty("api.contract");
        return named != null ? named : java.nio.file.Path.of(System.getProperty("user.dir")).getFileName().toString();
    }
}
