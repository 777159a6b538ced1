// Package faceattr 是 云瞳 人脸属性接口 的 Go 客户端。
package faceattr

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

const endpoint = "https://api.yuntong-ai.cn/face/v1/attribute"

// FaceAttributes 为单张人脸的属性分析结果。
type FaceAttributes struct {
	Age        int     `json:"age"`
	Gender     string  `json:"gender"`      // male / female
	Expression string  `json:"expression"`  // none / smile / laugh
	Glasses    string  `json:"glasses"`     // none / common / sun
	Race       string  `json:"race"`        // yellow / white / black / arabs  人种
	RaceProb   float64 `json:"race_probability"`
	Beauty     float64 `json:"beauty"`
}

type response struct {
	ErrorCode int              `json:"error_code"`
	Faces     []FaceAttributes `json:"face_list"`
}

// Client 调用人脸属性接口。
type Client struct {
	HTTP  *http.Client
	Token string
}

// Detect 上传 base64 图片并返回每张人脸的年龄、性别、人种等属性。
func (c *Client) Detect(ctx context.Context, imageB64 string) ([]FaceAttributes, error) {
	body, _ := json.Marshal(map[string]string{
		"image":      imageB64,
		"image_type": "BASE64",
		"face_field": "age,gender,expression,glasses,race,beauty",
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint+"?access_token="+c.Token, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err
	}
	return r.Faces, nil
}
