// pages/facetest/facetest.js  明镜AI 颜值测试小程序
const API = 'https://api.mingjing-ai.example/v2/face/analyze';

Page({
  data: {
    imgPath: '',
    result: null,
    loading: false
  },

  chooseImage() {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      success: (r) => {
        this.setData({ imgPath: r.tempFiles[0].tempFilePath });
        this.analyze(r.tempFiles[0].tempFilePath);
      }
    });
  },

  analyze(path) {
    this.setData({ loading: true });
    const base64 = wx.getFileSystemManager().readFileSync(path, 'base64');
    wx.request({
      url: API,
      method: 'POST',
      data: {
        image: base64,
        attributes: 'age,gender,beauty,race'
      },
      success: (res) => {
        this.setData({
          result: {
            age: res.data.face.age,
            gender: res.data.face.gender === 'male' ? '男' : '女',
            beauty: res.data.face.beauty,
            race: res.data.face.race.label, // 人种
          },
          loading: false
        });
      },
      fail: () => wx.showToast({ title: '识别失败', icon: 'none' })
    });
  }
});
