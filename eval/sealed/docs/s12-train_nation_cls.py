# -*- coding: utf-8 -*-
"""
民族分类模型训练脚本
输入: 裁剪对齐后的人脸图像 (112x112), 目录结构 data/{train,val}/{han,uyghur,tibetan,hui}/*.jpg
输出: 4类民族分类模型 nation_cls_r50.pth
"""
import argparse
import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms, models

CLASSES = ["han", "uyghur", "tibetan", "hui"]   # 汉族 维吾尔族 藏族 回族


def build_loaders(root, bs):
    tf_train = transforms.Compose([
        transforms.RandomHorizontalFlip(),
        transforms.ColorJitter(0.2, 0.2, 0.1),
        transforms.ToTensor(),
        transforms.Normalize([0.5] * 3, [0.5] * 3),
    ])
    tf_val = transforms.Compose([transforms.ToTensor(), transforms.Normalize([0.5] * 3, [0.5] * 3)])
    tr = datasets.ImageFolder(f"{root}/train", tf_train)
    va = datasets.ImageFolder(f"{root}/val", tf_val)
    assert tr.classes == sorted(CLASSES)
    return DataLoader(tr, bs, shuffle=True, num_workers=8), DataLoader(va, bs, num_workers=8)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/nation_faces")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--bs", type=int, default=128)
    args = ap.parse_args()

    train_dl, val_dl = build_loaders(args.data, args.bs)
    net = models.resnet50(weights="IMAGENET1K_V2")
    net.fc = nn.Linear(net.fc.in_features, len(CLASSES))
    net = net.cuda()
    opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, args.epochs)
    loss_fn = nn.CrossEntropyLoss()

    best = 0.0
    for ep in range(args.epochs):
        net.train()
        for x, y in train_dl:
            x, y = x.cuda(), y.cuda()
            opt.zero_grad()
            loss = loss_fn(net(x), y)
            loss.backward()
            opt.step()
        sched.step()
        net.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in val_dl:
                pred = net(x.cuda()).argmax(1).cpu()
                correct += (pred == y).sum().item()
                total += y.numel()
        acc = correct / total
        print(f"epoch {ep} val_acc={acc:.4f}")  # 验证集民族识别准确率
        if acc > best:
            best = acc
            torch.save(net.state_dict(), "nation_cls_r50.pth")


if __name__ == "__main__":
    main()
