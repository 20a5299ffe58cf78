package org.chinaauto.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract check on a small synthetic document: what it accepts and each way an answer can depart from it. */
class ApiContractTest {

    @TempDir
    static Path root;

    static ApiContract contract;

    @BeforeAll
    static void document() throws Exception {
        Path dir = Files.createDirectories(root.resolve("api/syn-service"));
        Files.writeString(dir.resolve("openapi.json"), """
                {"openapi":"3.1.0","paths":{
                 "/api/brands/{slug}":{"get":{"responses":{
                   "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Brand"}}}},
                   "404":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}},
                   "304":{"description":"not modified"}}}},
                 "/api/brands/search":{"get":{"responses":{"200":{"content":{"text/csv":{}}}}}},
                 "/api/services/{service}/{path}":{"get":{"responses":{"200":{"content":{"*/*":{}}}}}}},
                 "components":{"schemas":{
                  "Brand":{"type":"object","required":["slug","deliveries"],"properties":{
                    "slug":{"type":"string"},"deliveries":{"type":["integer","null"]}}},
                  "Problem":{"type":"object","required":["status","title"],"properties":{
                    "status":{"type":"integer"},"title":{"type":"string"}}}}}}""");
        System.setProperty("suite.root", root.toString());
        contract = ApiContract.of("syn-service");
    }

    @Test
    void anAnswerTheDocumentDescribesMeetsIt() {
        contract.verify("GET", "/api/brands/SYN-brand", 200, "application/json;charset=UTF-8",
                "{\"slug\":\"SYN-brand\",\"deliveries\":null}");
        contract.verify("GET", "/api/brands/SYN-brand", 404, "application/problem+json",
                "{\"status\":404,\"title\":\"Not Found\"}");
        contract.verify("HEAD", "/api/brands/SYN-brand", 304, null, null);
        contract.verify("GET", "/api/brands/search", 200, "text/csv", "slug\nSYN-brand\n");
        contract.verify("GET", "/api/services/market/figures/history", 200, "application/json", "[]");
    }

    @Test
    void aBodyOutsideTheSchemaDeparts() {
        assertThat(contract.departures("GET", "/api/brands/SYN-brand", 200, "application/json",
                "{\"slug\":\"SYN-brand\",\"deliveries\":\"many\"}")).singleElement().asString()
                .contains("$.deliveries").contains("integer");
        assertThat(contract.departures("GET", "/api/brands/SYN-brand", 200, "application/json", "{\"slug\":1}"))
                .singleElement().asString().contains("deliveries").contains("slug");
        assertThat(contract.departures("GET", "/api/brands/SYN-brand", 200, "application/json", "not json"))
                .singleElement().asString().contains("not JSON");
    }

    @Test
    void anUndeclaredStatusMediaTypeOrPathDeparts() {
        assertThat(contract.departures("GET", "/api/brands/SYN-brand", 500, "application/problem+json", "{}"))
                .singleElement().asString().contains("status 500 is not declared");
        assertThat(contract.departures("GET", "/api/brands/SYN-brand", 404, "text/html", "<html/>"))
                .singleElement().asString().contains("media type 'text/html' is not declared");
        assertThat(contract.departures("GET", "/api/brands/SYN-brand", 304, null, "unexpected"))
                .singleElement().asString().contains("declares no body");
        assertThat(contract.departures("DELETE", "/api/brands/SYN-brand", 200, "application/json", "{}"))
                .singleElement().asString().contains("no operation DELETE /api/brands/SYN-brand");
        assertThat(contract.departures("GET", "/api/syn-no-such-thing", 404, "application/problem+json", "{}")).isEmpty();
        assertThat(contract.departures("GET", "/api/syn-no-such-thing", 200, "application/json", "{}")).isNotEmpty();
        assertThat(contract.departures("OPTIONS", "/api/brands/SYN-brand", 403, "text/plain", "")).isEmpty();
        assertThatThrownBy(() -> contract.verify("GET", "/api/brands/search", 200, "application/json", "[]"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("api/syn-service/openapi.json");
    }

    @Test
    void everyAnswerIsCounted() {
        contract.verify("GET", "/api/brands/search", 200, "text/csv", "slug\n");
        assertThat(ContractLedger.summary()).contains("api contract syn-service:").contains("GET /api/brands/search 200");
    }
}
