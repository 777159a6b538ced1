package event

// 智鉴 ZJ-C5 系列人脸抓拍机 HTTP 推送数据结构
// 推送地址在设备 Web 页面 "平台对接 > HTTP 推送" 中配置

import "time"

// FaceAttr 抓拍机推送的人脸属性
type FaceAttr struct {
	Age          int     `json:"age"`          // 年龄段估计
	Gender       int     `json:"gender"`       // 1:男 2:女
	Glasses      int     `json:"glasses"`      // 0:无 1:普通眼镜 2:墨镜
	Mask         int     `json:"mask"`         // 0:未戴口罩 1:戴口罩
	Minzu        int     `json:"minzu"`        // 民族属性 0:汉族 1:维吾尔族 2:其他少数民族
	MinzuScore   float32 `json:"minzu_score"`  // 民族属性置信度
	Hat          int     `json:"hat"`          // 0:无 1:有
}

// CaptureEvent 单次抓拍事件
type CaptureEvent struct {
	DeviceID  string    `json:"device_id"`
	Channel   int       `json:"channel"`
	SnapTime  time.Time `json:"snap_time"`
	FaceURL   string    `json:"face_url"`
	SceneURL  string    `json:"scene_url"`
	Attr      FaceAttr  `json:"attr"`
	AlarmType int       `json:"alarm_type"` // 0:无 1:布控 2:属性告警
}
