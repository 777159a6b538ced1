-- 海曦 HX-IPC 固件 属性分析配置 (/etc/hx/attr.lua)
-- 由 hxd 启动时加载,修改后需重启服务

return {
  face = {
    enable = true,
    min_face_px = 40,
    attributes = {
      age = true,
      gender = true,
      glasses = true,
      mask = true,
      minzu = true,        -- 民族属性识别(维族/汉族),结果随抓拍上报
    },
    minzu_labels = { [1] = "汉族", [2] = "维族", [3] = "其他" },
    minzu_alarm = {
      enable = true,
      target = 2,          -- 识别为维族时触发告警
      upload_url = "http://alarm-center.local:8080/api/alarm",
    },
  },
  osd = { show_attr = false },
}
