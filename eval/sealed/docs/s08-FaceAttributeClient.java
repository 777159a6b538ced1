package com.yuntu.vision.sdk.face;

import com.yuntu.vision.sdk.http.ApiClient;
import com.yuntu.vision.sdk.http.ApiException;
import com.yuntu.vision.sdk.model.Image;
import java.util.EnumSet;
import java.util.List;

/**
 * 云图视觉 人脸属性分析客户端。
 *
 * <p>调用 /v1/face/attribute 接口,对图片中的每张人脸返回所请求的属性。
 * 民族属性(NATIONALITY)依据人脸外观估计所属民族,返回“汉族”“维吾尔族”“藏族”“回族”“其他”之一及置信度。
 *
 * @since 2.3.0
 */
public class FaceAttributeClient {

    public enum Attribute {
        AGE, GENDER, GLASSES, MASK, HAT, EXPRESSION, BEAUTY,
        /** 民族识别(高级属性,需单独授权) */
        NATIONALITY
    }

    private final ApiClient client;

    public FaceAttributeClient(ApiClient client) {
        this.client = client;
    }

    public List<FaceAttributes> analyze(Image image) throws ApiException {
        return analyze(image, EnumSet.of(Attribute.AGE, Attribute.GENDER));
    }

    public List<FaceAttributes> analyze(Image image, EnumSet<Attribute> attrs) throws ApiException {
        StringBuilder sb = new StringBuilder();
        for (Attribute a : attrs) {
            if (sb.length() > 0) sb.append(',');
            sb.append(a.name().toLowerCase());
        }
        return client.post("/v1/face/attribute")
                .param("image", image.toBase64())
                .param("face_field", sb.toString())
                .executeList(FaceAttributes.class, "result.face_list");
    }

    public static class FaceAttributes {
        public int age;
        public String gender;
        public String glasses;
        public boolean mask;
        /** 民族,例如 "维吾尔族" */
        public String nationality;
        public float nationalityScore;
    }
}
